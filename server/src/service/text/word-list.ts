// Joins a few words or numbers into prose: "16, 18 and 20".

/** "16, 18 and 20" */
export function versionList(versions: readonly number[]): string {
  if (versions.length <= 1) return versions.join("");
  return `${versions.slice(0, -1).join(", ")} and ${versions[versions.length - 1]}`;
}
