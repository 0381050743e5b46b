import { RequirePermission } from '@crm/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProductDto, ProductPageDto } from './dto/product.dto';
import { CreateProductDto, ListProductsQueryDto, UpdateProductDto } from './dto/product-inputs.dto';
import { ProductsService } from './products.service';

// Everyone reads products and stock; sales managers (and admins) maintain them.
@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @ApiOkResponse({ type: ProductPageDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'List products with price and stock on hand', operationId: 'listProducts' })
  listProducts(@Query() query: ListProductsQueryDto): Promise<ProductPageDto> {
    return this.products.listProducts(query);
  }

  @Post()
  @ApiCreatedResponse({ type: ProductDto })
  @RequirePermission('products.write')
  @ApiOperation({ summary: 'Create a product', operationId: 'createProduct' })
  createProduct(@Body() dto: CreateProductDto): Promise<ProductDto> {
    return this.products.createProduct(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductDto })
  @RequirePermission('products.read')
  @ApiOperation({ summary: 'Get a product', operationId: 'getProduct' })
  getProduct(@Param('id', ParseUUIDPipe) id: string): Promise<ProductDto> {
    return this.products.getProduct(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProductDto })
  @RequirePermission('products.write')
  @ApiOperation({ summary: 'Update a product (price, stock, status…)', operationId: 'updateProduct' })
  updateProduct(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProductDto): Promise<ProductDto> {
    return this.products.updateProduct(id, dto);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequirePermission('products.write')
  @ApiOperation({ summary: 'Delete a product that is on no order (409 otherwise)', operationId: 'deleteProduct' })
  deleteProduct(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.products.deleteProduct(id);
  }
}
