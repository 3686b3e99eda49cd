import { randomUUID } from 'node:crypto';
import type { AppNotice } from '../../common/app-info';
import type { Briefing } from '../../common/briefing/briefing';
import type { BriefingMetadataInput } from '../../common/briefing/briefing-metadata';
import type { BriefingContent } from '../../common/document/briefing-content';
import type {
  BriefingTemplate,
  SectionDefinition,
  TemplateSummary,
  TemplateVariable,
} from '../../common/template/briefing-template';
import { builtInTemplates, findBuiltInTemplate } from '../../common/template/built-in-templates';
import { instantiateTemplate, TemplateInstantiationError } from '../../common/template/instantiate-template';
import { sectionLibrary } from '../../common/template/section-library';
import { firstReportNumber, isNumberedTemplate, summarizeTemplate } from '../../common/template/summarize-template';
import { templateFromBriefing } from '../../common/template/template-from-briefing';
import type {
  CreateBriefingFromTemplate,
  RenameTemplate,
  SaveTemplateFromBriefing,
} from '../../common/template/template-requests';
import { UserFacingError } from '../../common/user-facing-error';
import type { BriefingStore } from '../library/briefing-store';
import type { SettingsStore } from '../settings/settings-store';
import { setAsideLinkedFolders } from '../storage/set-aside-linked-folders';
import { ReportNumberCounter } from './report-number-counter';
import { templatePaths } from './template-paths';
import { UserTemplateStore } from './user-template-store';

export interface TemplateServiceDependencies {
  settings: SettingsStore;
  briefings: BriefingStore;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The computer's IANA time zone; tests pass a fixed one. */
  systemTimeZone?: () => string;
}

/** A briefing made from a template, with what the author should know about its variables. */
export interface CreatedFromTemplate {
  briefing: Briefing;
  unknownVariables: string[];
  unsetVariables: TemplateVariable[];
}

function computerTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

const builtInRefusal =
  'Built-in templates cannot be changed. Create a briefing from it and save that as your own template.';

/** Built-in and user templates, the section library, and briefings created from them. */
export class TemplateService {
  readonly #users: UserTemplateStore;
  readonly #counter: ReportNumberCounter;
  readonly #dependencies: Required<TemplateServiceDependencies>;

  private constructor(
    users: UserTemplateStore,
    counter: ReportNumberCounter,
    dependencies: TemplateServiceDependencies,
  ) {
    this.#users = users;
    this.#counter = counter;
    this.#dependencies = { now: () => new Date(), systemTimeZone: computerTimeZone, ...dependencies };
  }

  static async open(
    dataDir: string,
    notices: AppNotice[],
    dependencies: TemplateServiceDependencies,
  ): Promise<TemplateService> {
    const paths = templatePaths(dataDir);
    await setAsideLinkedFolders(dataDir, [paths.root, paths.userTemplates], notices);
    const users = await UserTemplateStore.open(dataDir, paths.userTemplates, notices);
    const counter = await ReportNumberCounter.open(dataDir, paths.reportNumbers, notices);
    return new TemplateService(users, counter, dependencies);
  }

  /** Built-ins first, in their fixed order, then the user's by name. */
  list(): TemplateSummary[] {
    return [
      ...builtInTemplates.map((template) => this.#summarize(template)),
      ...this.#users.list().map((stored) => this.#summarize(stored.template, stored.updatedAt)),
    ];
  }

  get(id: string): BriefingTemplate {
    const template = findBuiltInTemplate(id) ?? this.#users.find(id)?.template;
    if (!template) throw new UserFacingError('not-found', 'That template no longer exists. It may have been deleted.');
    return structuredClone(template);
  }

  sections(): SectionDefinition[] {
    return structuredClone(sectionLibrary);
  }

  /** The number the next briefing from `id` will get, or null when the template is not numbered. */
  nextReportNumber(id: string): number | null {
    return this.#summarize(this.get(id)).nextReportNumber;
  }

  #summarize(template: BriefingTemplate, updatedAt = '') {
    const next = Math.max(firstReportNumber(template), (this.#counter.last(template.id) ?? 0) + 1);
    return summarizeTemplate(template, updatedAt, next);
  }

  async saveFromBriefing(request: SaveTemplateFromBriefing): Promise<TemplateSummary> {
    this.#refuseTakenName(request.name);
    const briefing = await this.#dependencies.briefings.get(request.briefingId);
    const origin = briefing.templateId ? this.#find(briefing.templateId) : undefined;
    const template = templateFromBriefing(briefing, {
      id: `user-${randomUUID()}`,
      name: request.name,
      description: request.description,
      structureOnly: request.structureOnly,
      ...(origin?.titleGuidance ? { titleGuidance: origin.titleGuidance } : {}),
    });
    const stored = await this.#users.put(template);
    return this.#summarize(stored.template, stored.updatedAt);
  }

  async rename(request: RenameTemplate): Promise<TemplateSummary> {
    const stored = this.#userTemplate(request.id);
    this.#refuseTakenName(request.name, request.id);
    const saved = await this.#users.put({
      ...stored.template,
      name: request.name,
      description: request.description ?? stored.template.description,
    });
    return this.#summarize(saved.template, saved.updatedAt);
  }

  async delete(id: string): Promise<void> {
    this.#userTemplate(id);
    await this.#users.delete(id);
  }

  /** Creates a briefing from a template; a numbered template's counter moves on first, so no number is issued twice. */
  async createBriefing(request: CreateBriefingFromTemplate): Promise<CreatedFromTemplate> {
    const { template, made } = await this.#instantiate(request.templateId, request.title);
    const briefing = await this.#dependencies.briefings.create({
      templateId: template.id,
      metadata: request.language ? { ...made.metadata, language: request.language } : made.metadata,
      content: made.content,
    });
    return { briefing, unknownVariables: made.unknownVariables, unsetVariables: made.unsetVariables };
  }

  /**
   * The filled metadata and body a new briefing from `templateId` would get, or
   * undefined when no such template exists; numbered templates take their next number.
   */
  async instantiate(
    templateId: string,
  ): Promise<{ id: string; metadata: BriefingMetadataInput; content: BriefingContent } | undefined> {
    if (!this.#find(templateId)) return undefined;
    const { template, made } = await this.#instantiate(templateId);
    return { id: template.id, metadata: made.metadata, content: made.content };
  }

  async #instantiate(templateId: string, title?: string) {
    const template = this.get(templateId);
    const reportNumber = isNumberedTemplate(template)
      ? await this.#counter.next(template.id, firstReportNumber(template))
      : null;
    try {
      const made = instantiateTemplate(template, {
        settings: this.#dependencies.settings.get(),
        now: this.#dependencies.now(),
        systemTimeZone: this.#dependencies.systemTimeZone(),
        reportNumber,
        ...(title ? { title } : {}),
      });
      return { template, made };
    } catch (error) {
      if (error instanceof TemplateInstantiationError) throw new UserFacingError('invalid-argument', error.message);
      throw error;
    }
  }

  #find(id: string): BriefingTemplate | undefined {
    return findBuiltInTemplate(id) ?? this.#users.find(id)?.template;
  }

  #userTemplate(id: string) {
    if (findBuiltInTemplate(id)) throw new UserFacingError('invalid-argument', builtInRefusal);
    const stored = this.#users.find(id);
    if (!stored) throw new UserFacingError('not-found', 'That template no longer exists. It may have been deleted.');
    return stored;
  }

  #refuseTakenName(name: string, exceptId?: string): void {
    const wanted = name.trim().toLocaleLowerCase();
    const taken = [...builtInTemplates, ...this.#users.list().map((stored) => stored.template)].find(
      (template) => template.id !== exceptId && template.name.toLocaleLowerCase() === wanted,
    );
    if (taken) {
      throw new UserFacingError('conflict', `A template called “${taken.name}” already exists. Choose another name.`);
    }
  }
}
