"use client";

import { useEffect } from "react";

// Error boundaries are client components rendered without our catalogs, so this
// message stays in the three languages at once.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">
        Algo salió mal · Something went wrong · Algo deu errado
      </h1>
      <p lang="es">Ocurrió un error inesperado. Ya quedó registrado; vuelve a intentarlo.</p>
      <p lang="en">An unexpected error happened. It has been logged; please try again.</p>
      <p lang="pt">Ocorreu um erro inesperado. Ele foi registrado; tente novamente.</p>
      {error.digest ? <p className="text-sm text-slate-600">ref: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white"
      >
        Reintentar · Try again · Tentar novamente
      </button>
    </div>
  );
}
