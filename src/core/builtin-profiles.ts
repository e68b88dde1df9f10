/**
 * The built-in profiles as plain objects (the JSON files in ./profiles/ hold every field), so checking
 * with them needs no schema library at run time; profile.ts validates a user's profile with zod and
 * re-exports these. A test parses each built-in with ProfileSchema and expects the same object.
 */
import type { Framework, Profile } from './profile';
import profile2024 from './profiles/2024.json';
import profileClassic from './profiles/classic.json';

export const BUILTIN_PROFILES: Record<Framework, Profile> = {
  '2024': profile2024 as Profile,
  classic: profileClassic as Profile,
};

export const DEFAULT_PROFILE: Profile = BUILTIN_PROFILES['2024'];

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** The profile with its framework replaced (for --framework and the task pane's setting). */
export function withFramework(profile: Profile, framework: Framework): Profile {
  return { ...profile, framework };
}
