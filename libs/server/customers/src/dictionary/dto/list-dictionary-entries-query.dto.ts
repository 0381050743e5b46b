import { ListQueryDto, QueryBoolean, translatedAs } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { DICTIONARY_TYPE_PATTERN } from './create-dictionary-entry.dto';

// q searches key and both labels; sort on type, key, sortOrder, labelEn, createdAt (default type,sortOrder).
export class ListDictionaryEntriesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ example: 'region' })
  @IsOptional()
  @IsString()
  @Matches(DICTIONARY_TYPE_PATTERN, {
    message: 'type must be lower-case snake_case, e.g. "customer_source"',
    context: translatedAs('validation.snake_case', { example: 'customer_source' }),
  })
  type?: string;

  @QueryBoolean()
  active?: boolean;
}
