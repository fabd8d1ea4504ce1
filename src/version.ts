/** The package's name and version, as reports name the tool. Kept equal to package.json by a test. */
export const TOOL = { name: "cn-blockchain-compliance", version: "0.1.0" } as const;
