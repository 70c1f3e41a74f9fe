/** Who calls, as the verified token says: the only source of actor and party. */
export interface Principal {
  /** The token's `sub`: the actor recorded in events and audits. */
  readonly subject: string;
  readonly issuer: string;
  /** The city whose identity provider issued the token: this node's city, or a trusted partner's. */
  readonly city: string;
  /** True when the issuer is a partner city's, trusted only on routes that allow partners. */
  readonly partner: boolean;
  readonly roles: readonly string[];
  /** The OAuth client that obtained the token (`azp`), for readable audits. */
  readonly clientId?: string;
}

/** Requests carry their verified principal once the bearer token is checked. */
export interface AuthenticatedRequest {
  principal?: Principal;
}
