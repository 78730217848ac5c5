/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Reference numbering for the page being rendered; set by `src/pages/[...slug].astro`. */
    citations?: import('./lib/citations.ts').Citations;
    /** Glossary ids already marked with <Term> on this page (first use only). */
    termsMarked?: Set<string>;
    /** Set once the page has shown the "ticks stay on this device" note (<Checklist>). */
    checklistNoted?: boolean;
  }
}
