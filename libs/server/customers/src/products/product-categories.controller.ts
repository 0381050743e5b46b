import { RequirePermission } from '@crm/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductCategoryDto, ProductCategoryPageDto } from './dto/product-category.dto';
import {
  CreateProductCategoryDto,
  ListProductCategoriesQueryDto,
  UpdateProductCategoryDto,
} from './dto/product-category-inputs.dto';
import { ProductCatalogService } from './product-catalog.service';

@ApiTags('products')
@Controller('product-categories')
export class ProductCategoriesController {
  constructor(private readonly catalog: ProductCatalogService) {}

  @Get()
  @ApiOkResponse({ type: ProductCategoryPageDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'List product categories', operationId: 'listProductCategories' })
  listProductCategories(@Query() query: ListProductCategoriesQueryDto): Promise<ProductCategoryPageDto> {
    return this.catalog.listProductCategories(query);
  }

  @Post()
  @ApiCreatedResponse({ type: ProductCategoryDto })
  @RequirePermission('catalog.manage')
  @ApiOperation({ summary: 'Create a product category', operationId: 'createProductCategory' })
  createProductCategory(@Body() dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    return this.catalog.createProductCategory(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductCategoryDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'Get a product category', operationId: 'getProductCategory' })
  getProductCategory(@Param('id', ParseUUIDPipe) id: string): Promise<ProductCategoryDto> {
    return this.catalog.getProductCategory(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProductCategoryDto })
  @RequirePermission('catalog.manage')
  @ApiOperation({ summary: 'Update a product category', operationId: 'updateProductCategory' })
  updateProductCategory(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProductCategoryDto,
  ): Promise<ProductCategoryDto> {
    return this.catalog.updateProductCategory(id, dto);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequirePermission('catalog.manage')
  @ApiOperation({
    summary: 'Delete a product category without products (409 otherwise)',
    operationId: 'deleteProductCategory',
  })
  deleteProductCategory(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.catalog.deleteProductCategory(id);
  }
}
