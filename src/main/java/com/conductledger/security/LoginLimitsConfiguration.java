package com.conductledger.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The login limits are bound whether or not the web server runs: the home page's controller (a bean
 * on the command line too) names them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginLimitsConfiguration {

}
