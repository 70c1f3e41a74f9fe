import type { Response } from 'express';
import type { CommandReceipt } from '../../application/command-receipt';

/** 201 when the command recorded (or had recorded) events, 200 when it decided nothing. */
export function answerReceipt(response: Response, receipt: CommandReceipt): CommandReceipt {
  response.status(receipt.outcome === 'unchanged' ? 200 : 201);
  return receipt;
}
