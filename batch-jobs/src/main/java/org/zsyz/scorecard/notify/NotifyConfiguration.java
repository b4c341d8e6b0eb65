package org.zsyz.scorecard.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code scorecard.messages.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageProperties.class)
public class NotifyConfiguration {}
