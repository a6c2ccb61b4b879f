/** Administration: the Spring Batch job history with re-runs of failed executions, and the users and their roles. */
package com.conductledger.web.admin;
