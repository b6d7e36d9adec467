// What every subcommand returns: the exit code and the text for stdout and stderr (main() writes them).
export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}
