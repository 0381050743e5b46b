import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { Authenticated } from '../permissions/require-permission.decorator';
import { ListFilesQueryDto } from './dto/list-files-query.dto';
import { StoredFileDto, StoredFilePageDto } from './dto/stored-file.dto';
import { UploadFileBodyDto, UploadFileDto } from './dto/upload-file.dto';
import { FilesService, UploadedFileInfo } from './files.service';

// Who may see or change attachments is decided per record by the module owning the entity.
@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @ApiCreatedResponse({ type: StoredFileDto })
  @Authenticated()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileBodyDto })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 20 MB' })
  @ApiOperation({ summary: 'Attach a file (multipart: file, entity, entityId) to a record', operationId: 'uploadFile' })
  uploadFile(
    @Body() dto: UploadFileDto,
    @UploadedFile() file: UploadedFileInfo | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<StoredFileDto> {
    return this.files.uploadFile(dto, file, user);
  }

  @Get()
  @ApiOkResponse({ type: StoredFilePageDto })
  @Authenticated()
  @ApiOperation({ summary: 'List the files attached to a record', operationId: 'listFiles' })
  listFiles(@Query() query: ListFilesQueryDto, @CurrentUser() user: AuthUser): Promise<StoredFilePageDto> {
    return this.files.listFiles(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: StoredFileDto })
  @Authenticated()
  @ApiOperation({ summary: "Get a file's details", operationId: 'getFile' })
  getFile(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StoredFileDto> {
    return this.files.getFile(id, user);
  }

  @Get(':id/content')
  @Authenticated()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Download a file', operationId: 'downloadFile' })
  downloadFile(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    return this.files.getFileContent(id, user);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Delete a file', operationId: 'deleteFile' })
  deleteFile(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.files.deleteFile(id, user);
  }
}
