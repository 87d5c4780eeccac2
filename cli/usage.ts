/**
 * A mistake on the command line, in the config file or in a flag combination: the command is not
 * attempted, and the process exits with status 2, like commander's own usage errors.
 */
export class UsageError extends Error {
  override name = "UsageError";
  readonly code = "USAGE";
}
