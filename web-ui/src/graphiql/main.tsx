// GraphiQL from the app's own build (no CDN: it works offline and under script-src 'self'), signed in
// the way the UI is: the refresh cookie is traded for an access token, renewed when it expires.
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import './accessible.css';
import { keepAccessible } from './accessible';
import { createRoot } from 'react-dom/client';
import { refreshSession, sendGraphQl } from '../api/client';

const FIRST_QUERY = `# Creator Compass's API: docs/metrics.md defines every number. Try:
{
  me { email tiktokHandle trackedHandles }
}
`;

const fetcher: GraphiQLProps['fetcher'] = async (params) => (await sendGraphQl(params)).json();

const container = document.getElementById('graphiql')!;
keepAccessible(container);
const root = createRoot(container);
refreshSession().then((signedIn) =>
  root.render(
    signedIn ? (
      <GraphiQL fetcher={fetcher} defaultQuery={FIRST_QUERY} />
    ) : (
      <main style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem' }}>
        <h1>GraphiQL</h1>
        <p>
          Sign in first: <a href="/">Creator Compass</a>, then come back.
        </p>
      </main>
    ),
  ),
);
