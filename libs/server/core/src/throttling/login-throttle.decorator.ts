import { SetMetadata } from '@nestjs/common';

export const LOGIN_THROTTLE = 'crm:loginThrottle';

// Adds the stricter per-IP sign-in limit (LOGIN_RATE_LIMIT_PER_MINUTE) on top of the global one.
export const LoginThrottle = () => SetMetadata(LOGIN_THROTTLE, true);
