import { Catch, RpcExceptionFilter } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { throwError } from 'rxjs';

/**
 * Hands an event handler's error to the transport unchanged. Nest's default filter flattens every
 * error into `{ status: 'error' }`, so `AvroKafkaServer` could not tell a non-retriable `MeshError`
 * (dead-letter it) from an outage (redeliver). Register with `app.useGlobalFilters(new MeshRpcExceptionFilter())`.
 */
@Catch()
export class MeshRpcExceptionFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
