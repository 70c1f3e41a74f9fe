import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import type { Response } from 'express';
import { AnnotationTasks } from '../../application/annotation-tasks.service';
import type { HandedTask } from '../../application/annotation-tasks.service';
import { TaskSetsService } from '../../application/task-sets.service';
import type { TaskSetAgreement } from '../../application/task-sets.service';
import { parseRequest, taskSetRequest } from './parse-request';

/** Driving adapter: the labelling lead's task sets, annotators' next task, and the set's agreement. */
@ApiTags('annotation')
@Controller('v1/task-sets')
export class TaskSetsController {
  constructor(
    @Inject(TaskSetsService) private readonly sets: TaskSetsService,
    @Inject(AnnotationTasks) private readonly tasks: AnnotationTasks,
  ) {}

  @Post()
  @HttpCode(201)
  @RequiresRole('labels:manage')
  @ApiOperation({ summary: 'Create a task set: up to `size` anonymised events of the city matching the filter, each to be answered `requiredAnswers` (≥ 2) times' })
  async create(@Body() body: unknown, @Caller() caller: Principal): Promise<object> {
    const { taskSet, tasks } = await this.sets.create(parseRequest(taskSetRequest, body, 'body'), caller.subject);
    return { ...taskSet, tasks: tasks.map((t) => ({ taskId: t.taskId, eventId: t.eventId })) };
  }

  @Get(':taskSetId/tasks/next')
  @RequiresRole('labels:annotate')
  @ApiOperation({ summary: "The caller's next task of the set: the anonymised event (no pseudonyms) and the labels to choose from; 204 when none is left" })
  async next(@Param('taskSetId') taskSetId: string, @Caller() caller: Principal, @Res({ passthrough: true }) response: Response): Promise<HandedTask | undefined> {
    const task = await this.tasks.next(taskSetId, caller.subject);
    if (!task) response.status(204);
    return task;
  }

  @Get(':taskSetId/agreement')
  @RequiresRole('labels:read')
  @ApiOperation({ summary: "Inter-annotator agreement of the set's completed tasks: Cohen's kappa (the same two annotators) or Fleiss' kappa, and counts" })
  agreement(@Param('taskSetId') taskSetId: string): Promise<TaskSetAgreement> {
    return this.sets.agreement(taskSetId);
  }
}
