import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { QueryIdList, translatedAs } from '../validation/decorators';

// Paging, sorting and search: every list endpoint's query extends this one (through ListQueryDto
// when its items are records with ids).
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be 1 or more' })
  @Max(200, { message: 'pageSize must not exceed 200' })
  pageSize?: number;

  /** Comma-separated fields, "-" for descending, e.g. "-createdAt,name". */
  @ApiPropertyOptional({ example: '-createdAt,name' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[A-Za-z][A-Za-z0-9]*(,-?[A-Za-z][A-Za-z0-9]*)*$/, {
    message: 'sort must look like "-createdAt,name"',
    context: translatedAs('validation.sort'),
  })
  sort?: string;

  /** Free-text search. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

// Lists of records: `?id=` fetches several known records in one request (what a screen showing
// references needs), within the caller's visibility like any other filter.
export class ListQueryDto extends PageQueryDto {
  @QueryIdList('Only these records: repeat the parameter or comma-separate the ids (at most 200).')
  id?: string[];
}

export interface Page<T> {
  data: T[];
  total: number;
  page: number;
  pageSize: number;
}
