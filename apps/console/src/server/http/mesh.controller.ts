import { Controller, Get, Inject, Sse } from '@nestjs/common';
import type { MessageEvent } from '@nestjs/common';
import { AnyCityRole, Caller } from '@usm/security';
import type { Principal } from '@usm/security';
import type { Observable } from 'rxjs';
import { map, startWith, takeUntil, timer } from 'rxjs';
import { MeshMonitor } from '../application/mesh-monitor.service';
import type { ConsoleConfig } from '../config/console-config.schema';
import { CONSOLE_CONFIG } from '../console.tokens';
import { cellBoundaryOf } from '../mesh/cell-boundary';
import type { MeshView } from '../mesh/mesh-view';
import { meshViewOf } from '../mesh/mesh-snapshot';
import { visibleSections } from '../mesh/visible-sections';

/** `GET /api/mesh` (one read) and `GET /api/mesh/stream` (server-sent events): the mesh as the caller may see it. */
@Controller('api/mesh')
export class MeshController {
  constructor(
    @Inject(MeshMonitor) private readonly monitor: MeshMonitor,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  @Get()
  @AnyCityRole()
  view(@Caller() caller: Principal): MeshView {
    return meshViewOf(this.monitor.current(), visibleSections(caller.roles), cellBoundaryOf);
  }

  @Sse('stream')
  @AnyCityRole()
  stream(@Caller() caller: Principal): Observable<MessageEvent> {
    const sections = visibleSections(caller.roles);
    return this.monitor.changes.pipe(
      startWith(undefined),
      map(() => ({ type: 'mesh', data: meshViewOf(this.monitor.current(), sections, cellBoundaryOf) })),
      // The token was checked once, at connect: the stream never outlives it.
      takeUntil(timer(this.config.streamMaxMs)),
    );
  }
}
