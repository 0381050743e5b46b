import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { contributionKind, ContributionsModule, ContributionsService } from './contributions';

const Greeting = contributionKind<{ name: string; lang: string }>('greeting');

@Injectable()
@Greeting({ name: 'hello', lang: 'en' })
class Hello {
  text = 'Hello';
}

@Injectable()
@Greeting({ name: 'nihao', lang: 'zh' })
class Nihao {
  text = '你好';
}

@Injectable()
@Greeting({ name: 'hello', lang: 'en' })
class OtherHello {}

async function collect(...providers: (new () => object)[]) {
  @Module({ providers })
  class Feature {}
  @Module({ imports: [ContributionsModule, Feature, Feature] })
  class Root {}
  const app = await NestFactory.createApplicationContext(Root, { logger: false });
  try {
    return app.get(ContributionsService).collect<{ name: string; lang: string }, { text: string }>(Greeting);
  } finally {
    await app.close();
  }
}

describe('contributions', () => {
  it('finds every provider that declares a contribution, with its instance', async () => {
    const found = await collect(Hello, Nihao);
    expect(found.map((c) => [c.meta.name, c.meta.lang, c.instance.text]).sort()).toEqual([
      ['hello', 'en', 'Hello'],
      ['nihao', 'zh', '你好'],
    ]);
  });

  it('refuses two classes that claim the same name', async () => {
    await expect(collect(Hello, OtherHello)).rejects.toThrow('greeting "hello" is declared twice');
  });

  it('rejects a name that is not lower-case dotted words', () => {
    expect(() => Greeting({ name: 'Bad Name', lang: 'en' })(class {})).toThrow('invalid greeting name "Bad Name"');
  });
});
