/** First start: business profile, compliance calendar, Chorus Pro setup checklist, home cards (issue 5). */
export const onboardingChannels = {} as const;
