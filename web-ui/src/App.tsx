import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createHashRouter, Navigate, NavLink, Outlet, RouterProvider, useNavigate, useParams } from 'react-router';
import { graphql, refreshSession, signOut } from './api/client';
import { operations } from './api/operations';
import { newQueryClient } from './api/queries';
import type { Me } from './api/types';
import { AtCanonicalHandle } from './components/CanonicalHandle';
import { CreatorSearch } from './components/CreatorSearch';
import { HistoryBanner } from './components/HistoryBanner';
import { Show, useLoad } from './components/States';
import { Admin } from './pages/Admin';
import { Compare } from './pages/Compare';
import { CreatorPage, type CreatorTab } from './pages/CreatorPage';
import { Landing } from './pages/Landing';
import { Onboarding } from './pages/Onboarding';
import { Recommend } from './pages/Recommend';
import { VideoView } from './pages/VideoView';
import { useTitle } from './title';

const queryClient = newQueryClient();

const NAV = [
  ['/dashboard', 'Dashboard'],
  ['/analytics', 'Analytics'],
  ['/compare', 'Compare'],
  ['/recommendations', 'Recommendations'],
  ['/replay', 'Replay'],
  ['/onboarding', 'Account'],
] as const;

/** Signed in or not; then the page the location's hash names (#/dashboard, #/creator/<handle>, #/video/<id>, ...). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Session />
    </QueryClientProvider>
  );
}

interface Account {
  me: Me;
  changed: () => void;
}
const AccountContext = createContext<Account | null>(null);

/** The signed-in user, for the route elements (the router is made once; the user changes under it). */
function useAccount(): Account {
  const account = useContext(AccountContext);
  if (account === null) throw new Error('no signed-in user');
  return account;
}

function Session() {
  const [version, setVersion] = useState(0);
  const session = useLoad(
    async () => ((await refreshSession()) ? (await graphql<{ me: Me }>(operations.me)).me : null),
    'session' + version,
  );
  return (
    <Show loaded={session}>
      {(me) =>
        me === null ? (
          <Titled title="Sign in">
            <Landing />
          </Titled>
        ) : (
          <AccountContext.Provider value={{ me, changed: () => setVersion((v) => v + 1) }}>
            <RouterProvider router={router} />
          </AccountContext.Provider>
        )
      }
    </Show>
  );
}

const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', element: <Own tab="overview" /> },
      { path: 'analytics', element: <Own tab="analytics" /> },
      { path: 'replay', element: <Own tab="replay" /> },
      { path: 'creator/:handle', element: <Creator tab="overview" /> },
      { path: 'creator/:handle/analytics', element: <Creator tab="analytics" /> },
      { path: 'creator/:handle/replay', element: <Creator tab="replay" /> },
      { path: 'video/:id', element: <Video /> },
      {
        path: 'compare',
        element: (
          <Titled title="Compare">
            <CompareRoute />
          </Titled>
        ),
      },
      {
        path: 'recommendations',
        element: (
          <Titled title="Recommendations">
            <RecommendRoute />
          </Titled>
        ),
      },
      {
        path: 'onboarding',
        element: (
          <Titled title="Your account">
            <OnboardingRoute />
          </Titled>
        ),
      },
      {
        path: 'admin',
        element: (
          <Titled title="Admin">
            <AdminRoute />
          </Titled>
        ),
      },
      {
        path: '*',
        element: (
          <Titled title="Not found">
            <NotFound />
          </Titled>
        ),
      },
    ],
  },
]);

function Home() {
  return <Navigate to={useAccount().me.tiktokHandle === null ? '/onboarding' : '/dashboard'} replace />;
}

/** The pages about the user's own account need it linked first. */
function Own({ tab }: { tab: CreatorTab }) {
  const { me } = useAccount();
  return me.tiktokHandle === null ? <Navigate to="/onboarding" replace /> : <CreatorPage me={me} handle={me.tiktokHandle} tab={tab} />;
}

function Creator({ tab }: { tab: CreatorTab }) {
  const { handle = '' } = useParams();
  const me = useAccount().me;
  return (
    <AtCanonicalHandle handle={handle} path={(c) => `/creator/${c}${tab === 'overview' ? '' : `/${tab}`}`}>
      {(c) => <CreatorPage me={me} handle={c} tab={tab} />}
    </AtCanonicalHandle>
  );
}

function CompareRoute() {
  const { me, changed } = useAccount();
  return <Compare me={me} changed={changed} />;
}

function RecommendRoute() {
  return <Recommend handle={useAccount().me.tiktokHandle} />;
}

function OnboardingRoute() {
  const { me, changed } = useAccount();
  const navigate = useNavigate();
  return (
    <Onboarding
      me={me}
      changed={changed}
      done={() => {
        changed();
        navigate('/dashboard');
      }}
    />
  );
}

function AdminRoute() {
  return useAccount().me.roles.includes('ADMIN') ? (
    <Admin />
  ) : (
    <main id="main" tabIndex={-1}>
      <h1>Admin</h1>
      <p role="alert">Only for admins.</p>
    </main>
  );
}

function NotFound() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Not found</h1>
      <p>
        There is no page here. <NavLink to="/dashboard">Go to the dashboard</NavLink>.
      </p>
    </main>
  );
}

/** What every signed-in page has: the skip link, the main navigation, the search box and the history banner. */
function Shell() {
  const { me, changed } = useAccount();
  const admin = me.roles.includes('ADMIN');
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header>
        <nav aria-label="Main">
          {NAV.map(([path, label]) => (
            <NavLink key={path} to={path}>
              {label}
            </NavLink>
          ))}
          {admin && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <CreatorSearch />
        <span>{me.displayName ?? me.email}</span>
        <button
          type="button"
          onClick={async () => {
            await signOut();
            queryClient.clear();
            changed();
          }}
        >
          Sign out
        </button>
      </header>
      <HistoryBanner />
      <Outlet />
    </>
  );
}

function Video() {
  const { id = '' } = useParams();
  useTitle('Video');
  return <VideoView id={id} />;
}

function Titled({ title, children }: { title: string; children: ReactNode }) {
  useTitle(title);
  return <>{children}</>;
}
