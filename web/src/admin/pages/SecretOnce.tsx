import { useState } from "react";
import { at } from "../strings";

/**
 * A secret the server shows this once (a webhook's signing secret, a new API secret): a
 * read-only field that selects itself, a copy button, and whether copying worked.
 */
export function SecretOnce({ secret, label, testId }: { secret: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(at("copied"));
    } catch {
      setCopied(at("copyFailed"));
    }
  };
  return (
    <>
      <div className="parley-admin-secret">
        <label className="parley-admin-field parley-admin-wide">
          <span>{label}</span>
          <input type="text" readOnly value={secret} data-testid={testId} onFocus={(e) => e.target.select()} />
        </label>
        <button type="button" className="parley-button" onClick={() => void copy()}>
          {at("copy")}
        </button>
      </div>
      <p className="parley-admin-notice" role="status">
        {copied}
      </p>
    </>
  );
}
