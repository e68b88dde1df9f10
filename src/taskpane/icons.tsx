/**
 * The few icons the pane uses, imported one file each (the full @fluentui/react-icons index is megabytes).
 */
import { ErrorCircle16Filled, ErrorCircle20Filled } from '@fluentui/react-icons/lib/atoms/svg/error-circle';
import { Warning16Filled, Warning20Filled } from '@fluentui/react-icons/lib/atoms/svg/warning';
import { Info16Filled, Info20Filled } from '@fluentui/react-icons/lib/atoms/svg/info';
import { CheckmarkCircle20Filled, CheckmarkCircle48Regular } from '@fluentui/react-icons/lib/atoms/svg/checkmark-circle';
import { ChevronDown16Regular } from '@fluentui/react-icons/lib/atoms/svg/chevron-down';
import { ChevronRight16Regular } from '@fluentui/react-icons/lib/atoms/svg/chevron-right';
import { ArrowUp16Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-up';
import { ArrowDown16Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-down';
import { Eraser20Regular } from '@fluentui/react-icons/lib/atoms/svg/eraser';
import { ArrowSync20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-sync';
import { DocumentSearch20Regular, DocumentSearch32Regular } from '@fluentui/react-icons/lib/atoms/svg/document-search';
import { TableAdd20Regular } from '@fluentui/react-icons/lib/atoms/svg/table-add';

export {
  ErrorCircle16Filled,
  ErrorCircle20Filled,
  Warning16Filled,
  Warning20Filled,
  Info16Filled,
  Info20Filled,
  CheckmarkCircle20Filled,
  CheckmarkCircle48Regular,
  ArrowUp16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  ArrowDown16Regular,
  Eraser20Regular,
  ArrowSync20Regular,
  DocumentSearch20Regular,
  DocumentSearch32Regular,
  TableAdd20Regular,
};
