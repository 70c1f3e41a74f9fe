/** A Kubernetes object as plain data: what the kit emits and the tests validate. */
export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Readonly<Record<string, string>>; readonly annotations?: Readonly<Record<string, string>> };
  readonly [field: string]: unknown;
}

/** What a city's manifests are generated from. */
export interface KitOptions {
  readonly city: string;
  /** The other cities of the mesh (a `mm2-<city>` and a `partner-<city>` principal each). */
  readonly partners: readonly string[];
  /** Namespace of the city's resources; the city id by default. */
  readonly namespace: string;
  /** Image of the mesh services (one image, one entry point per service). */
  readonly image: string;
  /** Issuer of the city's realm, as the services reach it. */
  readonly issuer: string;
  /** Brokers of each partner city, as this city's pods reach them. */
  readonly partnerBrokers: Readonly<Record<string, string>>;
  readonly kafkaReplicas: number;
  /** Base URL of an OTLP/HTTP receiver (OTEL_EXPORTER_OTLP_ENDPOINT of the traced services); no tracing when absent. */
  readonly otlpEndpoint?: string;
}

export const labelsOf = (options: KitOptions, component: string): Record<string, string> => ({
  'app.kubernetes.io/part-of': 'urban-safety-mesh',
  'app.kubernetes.io/component': component,
  'usm.city': options.city,
});

export const meta = (options: KitOptions, name: string, component: string) => ({ name, namespace: options.namespace, labels: labelsOf(options, component) });

/** Strimzi names the cluster's resources after the `Kafka` resource: the city's id. */
export const clusterNameOf = (options: KitOptions): string => options.city;
export const bootstrapOf = (options: KitOptions): string => `${clusterNameOf(options)}-kafka-bootstrap.${options.namespace}.svc:9093`;
export const clusterCaSecretOf = (city: string): string => `${city}-cluster-ca-cert`;
