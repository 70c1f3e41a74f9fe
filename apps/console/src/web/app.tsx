import { useEffect, useRef, useState } from 'react';
import { followMesh } from './api/mesh-stream';
import type { MeshView } from './api/mesh-view';
import type { Session, SignInSettings } from './auth/session';
import { completeSignIn, refreshed, signIn, signOut } from './auth/session';
import { CityCard } from './components/city-card';
import { FlowsPanel, LeaderboardPanel } from './components/mesh-panels';

type Phase = { kind: 'loading' } | { kind: 'signed-out'; settings: SignInSettings } | { kind: 'signed-in'; settings: SignInSettings; session: Session } | { kind: 'failed'; message: string };

async function startPhase(): Promise<Phase> {
  const answer = (await (await fetch('console-settings.json')).json()) as { signIn: SignInSettings | null };
  if (answer.signIn === null) return { kind: 'failed', message: 'This console has no sign-in realm configured.' };
  const session = await completeSignIn(answer.signIn);
  return session === null ? { kind: 'signed-out', settings: answer.signIn } : { kind: 'signed-in', settings: answer.signIn, session };
}

/** The console: sign-in through the city realm, then the mesh, live. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  useEffect(() => {
    startPhase().then(setPhase, (error: Error) => setPhase({ kind: 'failed', message: error.message }));
  }, []);
  if (phase.kind === 'loading') return <p className="muted">Loading…</p>;
  if (phase.kind === 'failed') return <p role="alert">{phase.message}</p>;
  if (phase.kind === 'signed-out') {
    return (
      <main className="sign-in"><h1>Urban Safety Mesh</h1><p>The mesh console: every city's events, replication, releases and privacy counters.</p>
        <button type="button" onClick={() => void signIn(phase.settings)}>Sign in</button>
      </main>
    );
  }
  return <Mesh settings={phase.settings} initial={phase.session} />;
}

function Mesh({ settings, initial }: { readonly settings: SignInSettings; readonly initial: Session }) {
  const [view, setView] = useState<MeshView | null>(null);
  const [state, setState] = useState<'connecting' | 'live' | 'reconnecting'>('connecting');
  const session = useRef(initial);
  useEffect(() => {
    const abort = new AbortController();
    const token = async (): Promise<string> => {
      if (session.current.expiresAt - Date.now() < 30_000) session.current = await refreshed(settings, session.current);
      return session.current.accessToken;
    };
    void followMesh(token, setView, setState, abort.signal);
    return () => abort.abort();
  }, [settings]);
  return (
    <main>
      <header>
        <h1>Urban Safety Mesh</h1>
        <span className={`badge ${state === 'live' ? 'up' : 'down'}`} data-testid="stream-state">{state}</span>
        <span data-testid="signed-in-as">{initial.username}</span>
        <button type="button" onClick={() => signOut(settings)}>Sign out</button>
      </header>
      {view === null ? <p className="muted">Waiting for the mesh…</p> : (
        <>
          <div className="cities">{view.cities.map((city) => <CityCard key={city.city} city={city} />)}</div>
          <FlowsPanel view={view} />
          <LeaderboardPanel view={view} />
          {!view.sections.includes('privacy') && <p className="muted" data-testid="privacy-hidden">Privacy counters are shown to city operators and data protection officers only.</p>}
        </>
      )}
    </main>
  );
}
