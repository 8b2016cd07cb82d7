export function bootstrap(): Promise<void> { return Promise.resolve(); }
