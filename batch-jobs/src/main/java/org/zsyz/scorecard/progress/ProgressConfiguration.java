package org.zsyz.scorecard.progress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The progress reports' settings, bound here rather than in config/, which sits below the features. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgressProperties.class)
public class ProgressConfiguration {}
