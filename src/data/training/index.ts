/**
 * The onboarding training path, in order. Each module is a folder here, src/data/training/<id>/,
 * with module.yaml and quiz.yaml (how to add one: docs/contributing/training-module.mdx). The build
 * reads and checks the folders (plugins/runbook-catalog) and hands the widgets the result; the
 * sidebar lists the modules from the same folders (sidebars.ts).
 */
import modules from '@generated/runbook-catalog/default/training.json';

export const trainingModules = modules;
