import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { AnnotationTasks } from '../../application/annotation-tasks.service';
import type { StoredLabel } from '../../application/ports';
import { answerRequest, parseRequest } from './parse-request';

/** Driving adapter: an annotator's one answer to a task handed to them, published as a human label. */
@ApiTags('annotation')
@Controller('v1/tasks')
export class TasksController {
  constructor(@Inject(AnnotationTasks) private readonly tasks: AnnotationTasks) {}

  @Post(':taskId/answers')
  @HttpCode(201)
  @RequiresRole('labels:annotate')
  @ApiOperation({ summary: "Answer a task (once per annotator; the token's subject is the annotator's pseudonym); 422 for a second, different answer" })
  answer(@Param('taskId') taskId: string, @Body() body: unknown, @Caller() caller: Principal): Promise<StoredLabel> {
    return this.tasks.answer(taskId, caller.subject, parseRequest(answerRequest, body, 'body').label);
  }
}
