import { brokerProperties } from './kafka-broker';
import { portsOf } from './city-ports';

describe('brokerProperties', () => {
  const properties = brokerProperties(
    {
      city: 'barcelona',
      ports: portsOf('barcelona', 19000),
      dataDir: '/state/data/barcelona',
      configDir: '/state/config/barcelona',
      logFile: '/state/logs/barcelona-kafka.log',
      pidFile: '/state/run/barcelona-kafka.pid',
    },
    { keystore: '/state/secrets/barcelona/kafka/broker.p12', keystorePassword: 'k', caFile: '/state/secrets/barcelona/kafka/ca.pem' },
  );

  it('binds the city broker, controller and internal listener to loopback on its own ports', () => {
    expect(properties).toContain('listeners=SASL_SSL://127.0.0.1:19192,CONTROLLER://127.0.0.1:19193,INTERNAL://127.0.0.1:19194');
    expect(properties).toContain('controller.quorum.voters=1@127.0.0.1:19193');
    expect(properties).toContain('log.dirs=/state/data/barcelona/kafka');
  });

  it('lets clients in only over SASL_SSL with SCRAM-SHA-512, and the controller and inter-broker doors only with the broker certificate', () => {
    expect(properties).toMatch(/^listener\.security\.protocol\.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL,INTERNAL:SSL$/m);
    expect(properties).not.toMatch(/PLAINTEXT/);
    expect(properties).toMatch(/^sasl\.enabled\.mechanisms=SCRAM-SHA-512$/m);
    expect(properties).toMatch(/^listener\.name\.controller\.ssl\.client\.auth=required$/m);
    expect(properties).toMatch(/^listener\.name\.internal\.ssl\.client\.auth=required$/m);
    expect(properties).toMatch(/^ssl\.truststore\.location=\/state\/secrets\/barcelona\/kafka\/ca\.pem$/m);
  });

  it('denies whatever no ACL allows; only admin and the broker itself are super users', () => {
    expect(properties).toMatch(/^authorizer\.class\.name=org\.apache\.kafka\.metadata\.authorizer\.StandardAuthorizer$/m);
    expect(properties).toMatch(/^allow\.everyone\.if\.no\.acl\.found=false$/m);
    expect(properties).toMatch(/^super\.users=User:admin;User:CN=kafka-barcelona$/m);
  });

  it('keeps transactions and offsets working on a single replica', () => {
    expect(properties).toMatch(/^transaction\.state\.log\.replication\.factor=1$/m);
    expect(properties).toMatch(/^transaction\.state\.log\.min\.isr=1$/m);
    expect(properties).toMatch(/^offsets\.topic\.replication\.factor=1$/m);
  });

  it('never creates topics implicitly, so the catalog stays the only source of topics', () => {
    expect(properties).toMatch(/^auto\.create\.topics\.enable=false$/m);
  });
});
