/**
 * The three framework files as one choice for the command line and the service: which format a file is (by its name,
 * else by its content), and reading or writing a framework in it.
 */
package org.pathway.interchange.formats;
