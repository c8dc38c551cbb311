export declare const REPO_ROOT: string;
export declare const PREBUILT_DIR: string;
export declare const STAMP: string;
export declare const NO_PREBUILT_ENV: string;
export declare const AS_IS_ENV: string;
export declare function prebuiltRefused(): boolean;
export declare function prebuiltFresh(dir?: string): boolean;
