/** An error the CLI reports as is (no stack) and exits 2 for: bad usage, options, files or configuration. */
export class CliError extends Error {
  override name = "CliError";
  /** Extra lines printed after the message (one per problem). */
  readonly details: string[];

  constructor(message: string, details: string[] = []) {
    super(message);
    this.details = details;
  }
}
