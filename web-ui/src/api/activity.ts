// Live activity over GraphQL on WebSocket (the graphql-transport-ws protocol): the access token goes in
// connection_init, then one subscription. Only what the UI needs of the protocol.

export interface ActivityEvent {
  kind: string;
  handle: string;
  at: string;
  detail: string | null;
}

/**
 * Opens the subscription; {@code onEnded} hears when the server ends it (it does when the access token
 * it was opened with expires: refresh and subscribe again).
 */
export function subscribeToActivity(
  query: string,
  token: string,
  onEvent: (event: ActivityEvent) => void,
  onEnded: () => void = () => {},
): () => void {
  const socket = new WebSocket(
    (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql-ws',
    'graphql-transport-ws',
  );
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: 'Bearer ' + token } }));
  socket.onmessage = (message) => {
    const frame = JSON.parse(message.data);
    if (frame.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    } else if (frame.type === 'next' && frame.payload?.data?.myActivity) {
      onEvent(frame.payload.data.myActivity);
    } else if (frame.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (frame.type === 'complete') {
      socket.close();
      onEnded();
    }
  };
  return () => socket.close();
}
