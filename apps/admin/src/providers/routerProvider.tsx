import { type ReactNode, createContext, useContext, useState } from 'react';
import { type RouterProvider as RaRouterProvider, type RouterWrapperProps, reactRouterProvider } from 'react-admin';
import { RouterProvider, createHashRouter, useInRouterContext } from 'react-router-dom';

/*
 * Why not react-admin's default router: it renders react-router's <RouterProvider> without `useTransitions`, so
 * react-router 7 wraps every navigation in React.startTransition (react-admin still passes the v6 flag
 * `v7_startTransition: false`, which v7 ignores). react-admin's useLogout counts on its redirect to /login
 * committing together with the store reset and queryClient.clear() that follow it. As a transition it does not:
 * the clear() re-renders the still-mounted admin routes first, usePermissions and useAuthState refetch,
 * checkAuth fails, LogoutOnMount logs out again, and every round restarts the pending navigation. A signed-out
 * visit to / spun in that loop for seconds before the login page could commit.
 */

const RoutedChildren = createContext<ReactNode>(null);
const RenderRoutedChildren = () => <>{useContext(RoutedChildren)}</>;

const HashRouterWithoutTransitions = ({ basename, children }: RouterWrapperProps) => {
  // Created once per mounted admin, not on every render; the catch-all route reads the current children from
  // context, so they can change without rebuilding the router.
  const [router] = useState(() => createHashRouter([{ path: '*', element: <RenderRoutedChildren /> }], { basename }));
  return (
    <RoutedChildren.Provider value={children}>
      <RouterProvider router={router} useTransitions={false} />
    </RoutedChildren.Provider>
  );
};

const RouterWrapper = ({ basename, children }: RouterWrapperProps) =>
  // Same contract as react-admin's wrapper: inside an existing router (tests, embedding), use that one.
  useInRouterContext() ? (
    <>{children}</>
  ) : (
    <HashRouterWithoutTransitions basename={basename}>{children}</HashRouterWithoutTransitions>
  );

/** react-admin's react-router integration, with navigations committed as ordinary (non-transition) updates. */
export const routerProvider: RaRouterProvider = { ...reactRouterProvider, RouterWrapper };
