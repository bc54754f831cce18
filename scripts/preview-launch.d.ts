// Types of scripts/preview-launch.js for the TypeScript tests.
export function previewUrl(scheme: "http" | "https"): string;
export function hasDesktop(platform: string, env: Record<string, string | undefined>): boolean;
export function browserCommand(
  platform: string,
  url: string,
  env: Record<string, string | undefined>,
): { command: string; args: string[] } | null;
export function previewBanner(url: string): string;
