import { NotFound } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { NotPermitted } from '../components/RecordUnavailable';

/**
 * The catch-all page: a screen the app has but the user may not use says so; any other address is
 * "not found". `knownPaths` are every resource and page path, registered for this user or not.
 */
export const routeNotFound = (knownPaths: readonly string[]) => {
  const RouteNotFound = () => {
    const { pathname } = useLocation();
    const known = knownPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
    return known ? <NotPermitted /> : <NotFound />;
  };
  return RouteNotFound;
};
