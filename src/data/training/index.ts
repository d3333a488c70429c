/** The onboarding training path: modules in the order a new on-call engineer works through them. */
export { trainingModules } from './modules';
