package org.zsyz.scorecard.schedule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The schedule's settings, bound here rather than in config/, which sits below the features; the portal reads
 * them too (the deadline it shows counties).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduleConfiguration {}
