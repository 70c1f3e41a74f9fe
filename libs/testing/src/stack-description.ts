/** A principal's user name and the 0600 file holding its generated password. */
export interface SecretRef {
  readonly username: string;
  readonly passwordFile: string;
}

/** How clients reach a city's broker: SASL_SSL with SCRAM-SHA-512, trusting the city's own CA. */
export interface KafkaSecurity {
  readonly protocol: 'SASL_SSL';
  readonly mechanism: 'scram-sha-512';
  /** PEM of the city's CA. */
  readonly caFile: string;
  /** Every SCRAM user of the cluster: admin, the services, partner-<city> and mm2-<city> of the other cities. */
  readonly principals: Readonly<Record<string, SecretRef>>;
}

/** What `infra/local` writes to `.mesh/stack.json`: one entry per running city. */
export interface KafkaEndpoint {
  readonly bootstrapServers: readonly string[];
  readonly controller: string;
  readonly pid: number;
  readonly logFile: string;
  readonly security: KafkaSecurity;
}

export interface RegistryEndpoint {
  /** Base URL of the Confluent-compatible API, e.g. http://127.0.0.1:18081/apis/ccompat/v7 */
  readonly url: string;
  readonly healthUrl: string;
  readonly pid: number;
  readonly logFile: string;
  /**
   * Clients of the city's realm the registry accepts (HTTP basic: client id and secret), by client id:
   * `registry-provisioning` (sr-admin), `registry-<service>` and `partner-<city>` (sr-readonly).
   */
  readonly clients: Readonly<Record<string, { readonly clientId: string; readonly secretFile: string }>>;
}

/** How one service reaches the city's database as its own role. */
export interface ServiceDatabase {
  /** postgres://<role>@host:port/database, without the password. */
  readonly url: string;
  /** File holding the role's password (mode 0600, under the stack's secrets). */
  readonly passwordFile: string;
}

export interface DatabaseEndpoint {
  /** postgres://user@host:port/database of the city's read models, as the server's admin (specs create schemas). */
  readonly url: string;
  /** Per service (`ingest`, `consent`, `federation`, `registry`): its own role, owning a schema of the same name. */
  readonly services: Readonly<Record<string, ServiceDatabase>>;
}

/** The city's OIDC issuer (a Keycloak realm named by the city id) and its confidential clients. */
export interface IdentityEndpoint {
  /** e.g. http://127.0.0.1:19080/realms/incheon */
  readonly issuer: string;
  readonly tokenUrl: string;
  readonly jwksUrl: string;
  /** Confidential clients (client credentials) by persona name; secrets live in files, never in stack.json. */
  readonly clients: Readonly<Record<string, { readonly clientId: string; readonly secretFile: string }>>;
}

/** The city's Mosquitto: no anonymous clients; accounts by username (`<city>-ingest`, `demo-sensor-<city>`). */
export interface MqttEndpoint {
  /** e.g. mqtt://127.0.0.1:19083 */
  readonly url: string;
  readonly pid: number;
  readonly logFile: string;
  readonly accounts: Readonly<Record<string, SecretRef>>;
}

export interface CityStack {
  readonly city: string;
  /** Absent for stacks started before the broker was part of them. */
  readonly mqtt?: MqttEndpoint;
  readonly kafka: KafkaEndpoint;
  readonly registry: RegistryEndpoint;
  readonly database: DatabaseEndpoint;
  readonly identity: IdentityEndpoint;
  /** Base URLs of the city's services that are running, by service name. */
  readonly services: Readonly<Record<string, string>>;
}

export interface ReplicationFlow {
  readonly source: string;
  readonly target: string;
  readonly topics: readonly string[];
}

export interface StackDescription {
  readonly version: 1;
  readonly updatedAt: string;
  readonly cities: Readonly<Record<string, CityStack>>;
  readonly replication: { readonly flows: readonly ReplicationFlow[]; readonly pid?: number; readonly logFile?: string };
}
