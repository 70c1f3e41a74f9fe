import { Controller, Get, Module } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { workspaceAsyncApi } from '@usm/contracts';
import { AnyCityRole } from '../route-access.decorators';

/** The AsyncAPI 3.0 document of the node's topics, beside its OpenAPI document; any city persona may read it. */
@ApiTags('contracts')
@Controller()
export class AsyncApiController {
  @Get('asyncapi.json')
  @AnyCityRole()
  @ApiOperation({ summary: 'AsyncAPI 3.0 document of the topics, messages (Avro), keys, sharing, DLQ and security' })
  document(): Record<string, unknown> {
    return workspaceAsyncApi();
  }
}

/** Imported by every app: serves `GET /asyncapi.json`. */
@Module({ controllers: [AsyncApiController] })
export class AsyncApiModule {}
