import type { TypedDocumentString } from './gql/graphql';

/** A GraphQL error the service answered with, its code from `extensions.code`. */
export class GraphQlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Runs an operation at the platform's public endpoint, which answers without a token (only the
 * fields modules name as public). Documents are typed by codegen from the printed schema.
 */
export async function publicQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql/public', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
  };
  const error = body.errors?.[0];
  if (error || !body.data) {
    throw new GraphQlError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code,
      error?.extensions?.retryAfterSeconds);
  }
  return body.data;
}
