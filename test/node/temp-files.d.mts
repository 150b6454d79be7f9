/** Writes `content` to a new temporary file named `name` and returns its path. */
export declare function writeTemporaryFile(name: string, content: string): string;

/** Reads a file of the repository. */
export declare function readRepositoryFile(path: string): string;
