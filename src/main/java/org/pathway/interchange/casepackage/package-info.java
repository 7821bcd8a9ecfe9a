/**
 * 1EdTech CASE 1.1 packages: {@link org.pathway.interchange.casepackage.CaseExporter} writes any framework as a CFPackage
 * valid against the official schema, {@link org.pathway.interchange.casepackage.CaseImporter} reads Pathway's own
 * packages back exactly and other systems' packages leniently. The mapping is described in datasets/README.md,
 * "CASE mapping".
 */
package org.pathway.interchange.casepackage;
