export function SiteFooter({ text, toolkit }: { text: string; toolkit: string }) {
  return (
    <footer className="print:hidden mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
        <p>{text}</p>
        <p className="mt-1">{toolkit}</p>
      </div>
    </footer>
  );
}
