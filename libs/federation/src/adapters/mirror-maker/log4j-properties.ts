/**
 * reload4j configuration of a MirrorMaker 2 process: everything to one file of its own, INFO and up,
 * with the chatty client config dumps cut to WARN so the log stays readable.
 */
export function renderLog4jProperties(logFile: string): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${logFile.replace(/\\/g, '\\\\')}`,
    'log4j.appender.file.MaxFileSize=20MB',
    'log4j.appender.file.MaxBackupIndex=3',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.org.apache.kafka.clients.consumer.ConsumerConfig=WARN',
    'log4j.logger.org.apache.kafka.clients.producer.ProducerConfig=WARN',
    'log4j.logger.org.apache.kafka.clients.admin.AdminClientConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.runtime.ConnectorConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.runtime.SourceConnectorConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.runtime.TaskConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.mirror.MirrorSourceConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.mirror.MirrorCheckpointConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.mirror.MirrorHeartbeatConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.mirror.MirrorClientConfig=WARN',
    'log4j.logger.org.apache.kafka.connect.runtime.distributed.DistributedConfig=WARN',
    'log4j.logger.org.apache.kafka.common.utils.AppInfoParser=WARN',
    '',
  ].join('\n');
}
