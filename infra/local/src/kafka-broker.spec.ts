import { brokerProperties } from './kafka-broker';
import { portsOf } from './city-ports';

describe('brokerProperties', () => {
  const properties = brokerProperties({
    city: 'barcelona',
    ports: portsOf('barcelona', 19000),
    dataDir: '/state/data/barcelona',
    configDir: '/state/config/barcelona',
    logFile: '/state/logs/barcelona-kafka.log',
    pidFile: '/state/run/barcelona-kafka.pid',
  });

  it('binds the city broker and controller to loopback on its own ports', () => {
    expect(properties).toContain('listeners=PLAINTEXT://127.0.0.1:19192,CONTROLLER://127.0.0.1:19193');
    expect(properties).toContain('controller.quorum.voters=1@127.0.0.1:19193');
    expect(properties).toContain('log.dirs=/state/data/barcelona/kafka');
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
