import { RequirePermission } from '@crm/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductLineDto, ProductLinePageDto } from './dto/product-line.dto';
import { CreateProductLineDto, ListProductLinesQueryDto, UpdateProductLineDto } from './dto/product-line-inputs.dto';
import { ProductCatalogService } from './product-catalog.service';

// Everyone reads the catalog; admins maintain lines and categories.
@ApiTags('products')
@Controller('product-lines')
export class ProductLinesController {
  constructor(private readonly catalog: ProductCatalogService) {}

  @Get()
  @ApiOkResponse({ type: ProductLinePageDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'List product lines', operationId: 'listProductLines' })
  listProductLines(@Query() query: ListProductLinesQueryDto): Promise<ProductLinePageDto> {
    return this.catalog.listProductLines(query);
  }

  @Post()
  @ApiCreatedResponse({ type: ProductLineDto })
  @RequirePermission('catalog.manage')
  @ApiOperation({ summary: 'Create a product line', operationId: 'createProductLine' })
  createProductLine(@Body() dto: CreateProductLineDto): Promise<ProductLineDto> {
    return this.catalog.createProductLine(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductLineDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'Get a product line', operationId: 'getProductLine' })
  getProductLine(@Param('id', ParseUUIDPipe) id: string): Promise<ProductLineDto> {
    return this.catalog.getProductLine(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProductLineDto })
  @RequirePermission('catalog.manage')
  @ApiOperation({ summary: 'Update a product line', operationId: 'updateProductLine' })
  updateProductLine(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProductLineDto,
  ): Promise<ProductLineDto> {
    return this.catalog.updateProductLine(id, dto);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequirePermission('catalog.manage')
  @ApiOperation({
    summary: 'Delete a product line without categories (409 otherwise)',
    operationId: 'deleteProductLine',
  })
  deleteProductLine(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.catalog.deleteProductLine(id);
  }
}
