import type { Method, Output, ParsedInput } from '../../shared/api';
import type { Session } from './session';

export type Handler<M extends Method> = (input: ParsedInput<M>, session: Session) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };
/** A domain's handlers: a slice of the table, checked against it. */
export type DomainHandlers<K extends Method> = { [M in K]: Handler<M> };
